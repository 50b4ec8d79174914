package io.activityplatform.messages.landscape.bpickle;

/**
 * Bounds on what a decoder accepts, so one request cannot exhaust memory or the stack.
 *
 * @param maxBytes whole input
 * @param maxDepth nesting of lists, tuples and dicts
 * @param maxItems items of one list or tuple, entries of one dict
 */
public record BpickleLimits(int maxBytes, int maxDepth, int maxItems) {

    /**
     * What the stock client needs: its largest captured body was 37 KB, one script's output is cut at 512 KB
     * and an exchange carries at most a few hundred messages, 8 MiB and 100,000 items per collection leave
     * room; its deepest message nests 4 levels.
     */
    public static final BpickleLimits EXCHANGE = new BpickleLimits(8 * 1024 * 1024, 32, 100_000);
}
