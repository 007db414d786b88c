package oracle;

import jakarta.persistence.*;

@Entity
public class Car extends Vehicle {
    int doors;
}
