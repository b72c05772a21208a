package org.escalationrouter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EscalationRouterApplication {
  public static void main(String[] args) {
    SpringApplication.run(EscalationRouterApplication.class, args);
  }
}
