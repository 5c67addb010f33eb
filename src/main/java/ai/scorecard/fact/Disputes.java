package ai.scorecard.fact;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

/** The disputes table, the fact module's own; {@link RightOfReply} is the way in. */
interface Disputes extends Repository<Dispute, Long> {

    Dispute save(Dispute dispute);

    @Query("select d from Dispute d join fetch d.fact join fetch d.source where d.id = :id")
    Optional<Dispute> findById(long id);

    void delete(Dispute dispute);

    /** Every open dispute with its fact and counter-source, so that pages read them after the transaction. */
    @Query("select d from Dispute d join fetch d.fact join fetch d.source where d.resolvedAt is null order by d.id")
    List<Dispute> findOpen();

    @Query("select distinct d.fact.id from Dispute d where d.resolvedAt is null")
    List<Long> findOpenFactIds();

    @Query("select distinct d.fact.id from Dispute d where d.recordedAt < :at and (d.resolvedAt is null or d.resolvedAt >= :at)")
    List<Long> findFactIdsDisputedAt(@Param("at") Instant at);

    @Query("select d from Dispute d join fetch d.fact join fetch d.source where d.fact in :facts")
    List<Dispute> findAbout(Collection<Fact> facts);
}
