package org.communitybudgets.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that fails once more than a limit of bytes has been read from it. */
final class LimitedInputStream extends FilterInputStream {
  private final long max;
  private long read;

  LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) throws LimitPassed {
    read += n;
    if (read > max) {
      throw new LimitPassed("the stream is larger than the limit of " + max + " bytes (community-budgets.limits.max-stream)");
    }
  }

  /** The limit was passed. */
  static final class LimitPassed extends IOException {
    private static final long serialVersionUID = 1L;

    LimitPassed(String message) {
      super(message);
    }
  }
}
