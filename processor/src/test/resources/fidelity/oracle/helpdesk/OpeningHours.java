package oracle.helpdesk;

import jakarta.persistence.Embeddable;

/** Minutes after midnight; how each is stored is up to the embedding attribute. */
@Embeddable
public class OpeningHours {
    Integer opensAt;
    Integer closesAt;
    Integer breakMinutes;
}
