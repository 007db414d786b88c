package dev.driftless.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What Driftless logs while some work runs. The tests' SLF4J binding (slf4j-simple, see
 * {@code simplelogger.properties}) writes to whatever {@code System.err} is at the time, so the
 * stream is swapped for the duration; the lines are also passed on to the real stream.
 */
public final class CapturedLog {
  private CapturedLog() {}

  /** Work that may throw, as the code under test does. */
  public interface Work {
    void run() throws Exception;
  }

  /** The log lines written while {@code work} ran (whether or not it threw). */
  public static String during(Work work) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(new TeeStream(captured, original), true,
        StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream first;
    private final java.io.OutputStream second;

    TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }
  }
}
