package dev.driftless.ops;

/**
 * The way out a hazard of a constraint that scans an existing table offers: the large-table safe
 * forms the processor generates on request ({@code OnlineForms}).
 */
final class OnlineHint {
  static final String TEXT = "the online forms (-Adriftless.online=true) add it NOT VALID, "
      + "then validate it while writes go on";

  private OnlineHint() {}
}
