package oracle;

import jakarta.persistence.*;

/** Property access: the @Id on a getter makes Hibernate read getters, not fields. */
@Entity
public class Subscriber {
    private Long key;
    private String display;
    private int visits;
    private boolean active;
    @Access(AccessType.FIELD) @Column(name = "source", length = 40) String origin;

    @Id public Long getId() { return key; }
    public void setId(Long id) { key = id; }
    @Column(length = 80) public String getFullName() { return display; }
    public void setFullName(String name) { display = name; }
    public int getVisits() { return visits; }
    public void setVisits(int count) { visits = count; }
    public boolean isActive() { return active; }
    public void setActive(boolean value) { active = value; }
    @Transient public String getGreeting() { return "Hello " + display; }
    public void setGreeting(String ignored) {}
}
