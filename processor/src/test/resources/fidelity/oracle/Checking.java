package oracle;

import jakarta.persistence.*;

@Entity
public class Checking extends Account {
    int overdraft;
}
