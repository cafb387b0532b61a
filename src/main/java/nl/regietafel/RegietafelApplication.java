package nl.regietafel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RegietafelApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(RegietafelApplication.class, args)));
    }
}
