package io.activityplatform.messages.landscape.bpickle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A bpickle tuple ({@code t}); lists ({@code l}) decode to {@link List}. Items may be null (None). */
public record BTuple(List<Object> items) {

    public BTuple {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    public static BTuple of(Object... items) {
        List<Object> list = new ArrayList<>();
        Collections.addAll(list, items);
        return new BTuple(list);
    }
}
