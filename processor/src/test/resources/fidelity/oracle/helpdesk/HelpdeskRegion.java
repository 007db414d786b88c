package oracle.helpdesk;

import jakarta.persistence.*;

/**
 * Property access whose setter is inherited: the getter of name is declared here, its setter in
 * the mapped superclass, as Hibernate allows.
 */
@Entity
@Access(AccessType.PROPERTY)
@Table(name = "HD_REGION")
public class HelpdeskRegion extends Named {
    private Long id;
    private String code;

    @Id @GeneratedValue
    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }

    @Column(name = "REGION_CODE", length = 8, nullable = false)
    public String getCode() { return code; }

    public void setCode(String code) { this.code = code; }

    @Column(name = "REGION_NAME", length = 80)
    public String getName() { return name; }
}
