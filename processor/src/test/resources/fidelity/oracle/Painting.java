package oracle;

import jakarta.persistence.*;

@Entity
public class Painting extends Exhibit {
    int width;
    String artist;
    @Column(nullable = false) String medium;
}
