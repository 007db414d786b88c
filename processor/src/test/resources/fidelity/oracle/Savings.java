package oracle;

import jakarta.persistence.*;

@Entity
public class Savings extends Account {
    double rate;
}
