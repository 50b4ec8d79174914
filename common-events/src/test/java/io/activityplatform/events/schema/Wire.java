package io.activityplatform.events.schema;

import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ComputerEvent;
import java.util.Map;

/** One sample event as the real codec puts it on the wire: value bytes, kind and CloudEvents headers. */
record Wire(String eventType, byte[] value, Map<String, byte[]> headers) {

    static Wire of(Object event) {
        if (event instanceof ActivityEvent a) {
            return new Wire(a.eventType(), EventCodec.encode(a), CloudEventHeaders.of(a));
        }
        ComputerEvent c = (ComputerEvent) event;
        return new Wire(EventCodec.typeName(c), EventCodec.encode(c), CloudEventHeaders.of(c));
    }
}
