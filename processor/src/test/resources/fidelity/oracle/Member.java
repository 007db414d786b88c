package oracle;

import jakarta.persistence.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Element collections, ordered lists and a one-to-many keyed in the target's table. */
@Entity
@Table(name = "club_member")
public class Member {
    @Id Long id;
    @ElementCollection Set<String> emails;
    @ElementCollection List<String> nicknames;
    @ElementCollection
    @CollectionTable(name = "member_phone", joinColumns = @JoinColumn(name = "owner"))
    List<Phone> phones;
    @ElementCollection Set<Phone> backupPhones;
    @ElementCollection @MapKeyColumn(name = "label") @Column(name = "score")
    Map<String, Integer> scores;
    @ElementCollection Map<String, Integer> ratings;
    @ElementCollection @OrderColumn List<String> history;
    @ElementCollection @Enumerated(EnumType.STRING) Set<Mood> moods;
    @ManyToMany @OrderColumn List<Tag> favouriteTags;
    @OneToMany @JoinColumn(name = "member_id") List<Note> notes;
    @OneToMany @OrderColumn @JoinColumn(name = "agenda_member_id") List<Memo> agenda;

    public enum Mood { CALM, CURIOUS }
}
