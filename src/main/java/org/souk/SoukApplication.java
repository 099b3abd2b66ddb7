package org.souk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SoukApplication {

    public static void main(String[] args) {
        SpringApplication.run(SoukApplication.class, args);
    }
}
