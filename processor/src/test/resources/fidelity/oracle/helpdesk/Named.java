package oracle.helpdesk;

import jakarta.persistence.*;

/** Property access: a name's field and setter, whose getter each entity below declares. */
@MappedSuperclass
@Access(AccessType.PROPERTY)
public abstract class Named {
    protected String name;

    public void setName(String name) { this.name = name; }
}
