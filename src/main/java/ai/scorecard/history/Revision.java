package ai.scorecard.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change set: Envers writes it, with the audited rows, when a transaction commits. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionUserListener.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Revision {

    private static final int MAX_FILE_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    /** Wall-clock time of the change (Envers sets it), not the pinnable "today" that scores use. */
    @RevisionTimestamp
    private Instant revisedAt;

    private String username;

    /** For the revision of an import, the file's name as uploaded; otherwise null. */
    private String importedFile;

    /** For the revision of an import, the file's number of rows; otherwise null. */
    private Integer importedRows;

    void setUsername(String username) {
        this.username = username;
    }

    void describeAsImportOf(String file, int rows) {
        this.importedFile = file.length() > MAX_FILE_LENGTH ? file.substring(0, MAX_FILE_LENGTH) : file;
        this.importedRows = rows;
    }
}
