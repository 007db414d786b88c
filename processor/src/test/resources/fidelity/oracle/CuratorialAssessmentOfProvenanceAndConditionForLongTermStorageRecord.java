package oracle;

import jakarta.persistence.*;

/** Names longer than PostgreSQL's 63 bytes, which it cuts, and Hibernate with it. */
@Entity
public class CuratorialAssessmentOfProvenanceAndConditionForLongTermStorageRecord {
    @Id Long id;
    String summaryOfTheConditionObservedDuringTheMostRecentInspectionByStaff;
    @ManyToOne Specimen specimenThatWasAssessedDuringThisParticularCuratorialReviewCycle;
}
