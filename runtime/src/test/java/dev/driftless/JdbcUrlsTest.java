package dev.driftless;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

  @Test
  void redactsThePasswordParameterWhereverItIs() {
    assertEquals("jdbc:postgresql://db:5432/app?user=app&password=***",
        JdbcUrls.redact("jdbc:postgresql://db:5432/app?user=app&password=hunter2"));
    assertEquals("jdbc:postgresql://db:5432/app?password=***",
        JdbcUrls.redact("jdbc:postgresql://db:5432/app?password=s3cr&t"), "not even its end");
    assertEquals("jdbc:postgresql://db/app?password=***&ssl=true",
        JdbcUrls.redact("jdbc:postgresql://db/app?password=hunter2&ssl=true"));
    assertEquals("jdbc:postgresql://db/app?sslmode=verify-full&sslpassword=***",
        JdbcUrls.redact("jdbc:postgresql://db/app?sslmode=verify-full&sslpassword=k3y"));
    assertEquals("jdbc:sqlserver://db;user=sa;Password=***;encrypt=true",
        JdbcUrls.redact("jdbc:sqlserver://db;user=sa;Password=Pa55;encrypt=true"));
  }

  @Test
  void redactsThePasswordOfUserInformation() {
    assertEquals("jdbc:postgresql://app:***@db:5432/app",
        JdbcUrls.redact("jdbc:postgresql://app:hunter2@db:5432/app"));
  }

  @Test
  void redactsMalformedUrlsToo() {
    assertEquals("jdbc:postgresql://db:port/app?password=***",
        JdbcUrls.redact("jdbc:postgresql://db:port/app?password=hunter2"));
    assertEquals("postgres://app:***@db/app", JdbcUrls.redact("postgres://app:hunter2@db/app"));
  }

  @Test
  void redactsAUrlQuotedInAMessage() {
    assertEquals("No suitable driver found for jdbc:postgres://db/app?password=***\nnext line",
        JdbcUrls.redact(
            "No suitable driver found for jdbc:postgres://db/app?password=hunter2\nnext line"));
  }

  @Test
  void leavesAUrlWithoutSecretsAsItIs() {
    String url = "jdbc:postgresql://db:5432/app?user=app&ApplicationName=shop";
    assertEquals(url, JdbcUrls.redact(url));
    String ipv6 = "jdbc:postgresql://[::1]:5432/app";
    assertEquals(ipv6, JdbcUrls.redact(ipv6));
  }
}
