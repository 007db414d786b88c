package dev.driftless.processor.mapping.naming;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names PostgreSQL chooses for the constraints a {@code CREATE TABLE} leaves unnamed, as
 * Hibernate's DDL leaves primary keys, checks and (in 7) unique constraints: {@code makeObjectName}
 * and {@code ChooseIndexNameAddition} of PostgreSQL's {@code indexcmds.c}. Unlike our own names,
 * which stay readable when cut ({@code PostgresNames.fit}), PostgreSQL cuts a long name by
 * shortening the longer of the table and column parts, character by character.
 */
public final class PostgresChosenNames {
  private static final int NAMEDATALEN = 64;

  private PostgresChosenNames() {}

  public static String primaryKey(String table) {
    return objectName(table, null, "pkey");
  }

  public static String unique(String table, List<String> columns) {
    return objectName(table, addition(columns), "key");
  }

  /** A check: after the one column its expression uses, else ({@code column} null) the table. */
  public static String check(String table, String column) {
    return objectName(table, column, "check");
  }

  /** The column names joined by underscores, cut once they reach NAMEDATALEN bytes. */
  private static String addition(List<String> columns) {
    StringBuilder text = new StringBuilder();
    for (String column : columns) {
      if (!text.isEmpty()) {
        text.append('_');
      }
      text.append(column);
      if (bytes(text.toString()) >= NAMEDATALEN) {
        break;
      }
    }
    return text.toString();
  }

  private static String objectName(String name1, String name2, String label) {
    int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
    int available = NAMEDATALEN - 1 - overhead;
    int chars1 = bytes(name1);
    int chars2 = name2 == null ? 0 : bytes(name2);
    while (chars1 + chars2 > available) {
      if (chars1 > chars2) {
        chars1--;
      } else {
        chars2--;
      }
    }
    return clip(name1, chars1) + (name2 == null ? "" : "_" + clip(name2, chars2)) + "_" + label;
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The longest prefix of {@code text} within {@code limit} UTF-8 bytes (pg_mbcliplen). */
  private static String clip(String text, int limit) {
    int end = 0;
    int used = 0;
    while (end < text.length()) {
      int next = text.offsetByCodePoints(end, 1);
      int size = bytes(text.substring(end, next));
      if (used + size > limit) {
        break;
      }
      used += size;
      end = next;
    }
    return text.substring(0, end);
  }
}
