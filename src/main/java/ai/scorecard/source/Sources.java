package ai.scorecard.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The sources table; only the bibliography reads and writes it. */
interface Sources extends Repository<Source, Long> {

    Optional<Source> findById(Long id);

    List<Source> findByIdIn(Collection<Long> ids);

    List<Source> findAllByOrderByCreatedAtDescIdDesc(Limit limit);

    List<Source> findAllByOrderByTitleAscIdAsc();

    /**
     * Sources with this title and address, in any case: the same publication entered twice. The title is
     * the English one, or the Chinese where there is no English one.
     */
    @Query("select s from Source s where lower(coalesce(s.title, s.titleZh)) = lower(:title) and lower(s.url) = lower(:url)")
    List<Source> findSame(String title, String url);

    /** Sources with this title, in any case, and no address. */
    @Query("select s from Source s where lower(coalesce(s.title, s.titleZh)) = lower(:title) and s.url is null")
    List<Source> findSameWithoutAddress(String title);

    @Query("""
            select s from Source s
            where lower(s.title) like :pattern escape '!' or lower(s.publisher) like :pattern escape '!'
               or lower(s.titleZh) like :pattern escape '!' or lower(s.publisherZh) like :pattern escape '!'
               or lower(s.url) like :pattern escape '!'
            order by s.createdAt desc, s.id desc""")
    List<Source> findMatching(String pattern, Limit limit);

    /** Sources whose title, publisher or address holds the pattern; in the order the page asks. */
    @Query(value = """
            select s from Source s
            where lower(s.title) like :pattern escape '!' or lower(s.publisher) like :pattern escape '!'
               or lower(s.titleZh) like :pattern escape '!' or lower(s.publisherZh) like :pattern escape '!'
               or lower(s.url) like :pattern escape '!'""",
            countQuery = """
            select count(s) from Source s
            where lower(s.title) like :pattern escape '!' or lower(s.publisher) like :pattern escape '!'
               or lower(s.titleZh) like :pattern escape '!' or lower(s.publisherZh) like :pattern escape '!'
               or lower(s.url) like :pattern escape '!'""")
    Page<Source> findMatching(String pattern, Pageable page);

    Page<Source> findAll(Pageable page);

    long count();

    Source save(Source source);

    void flush();
}
