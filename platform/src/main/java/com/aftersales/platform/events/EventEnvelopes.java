package com.aftersales.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads envelopes and their payloads, with the service's own JSON mapper. */
public class EventEnvelopes {

    private final JsonMapper json;

    public EventEnvelopes(JsonMapper json) {
        this.json = json;
    }

    public String payloadJson(Object event) {
        return json.writeValueAsString(event);
    }

    public String write(EventEnvelope envelope) {
        return json.writeValueAsString(envelope);
    }

    public JsonNode tree(String jsonText) {
        return json.readTree(jsonText);
    }

    public EventEnvelope read(String value) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException("empty record value", null);
        }
        try {
            EventEnvelope envelope = json.readValue(value, EventEnvelope.class);
            if (envelope.eventId() == null || envelope.type() == null || envelope.payload() == null) {
                throw new UnreadableEventException("envelope lacks eventId, type or payload", null);
            }
            return envelope;
        } catch (JacksonException e) {
            throw new UnreadableEventException("not an event envelope: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return json.treeToValue(envelope.payload(), type);
        } catch (JacksonException e) {
            throw new UnreadableEventException(
                    "payload of " + envelope.type() + " " + envelope.eventId() + " does not fit " + type.getSimpleName(), e);
        }
    }
}
