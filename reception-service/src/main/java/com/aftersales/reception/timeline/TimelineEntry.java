package com.aftersales.reception.timeline;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One step in the life of a repair order (G1): what happened, when and by whom, from the event of whichever
 * service did it. Its id is the event's id, so a redelivered event is inserted once. An entry names the RO,
 * the appointment, or both: the steps of the appointment belong to the RO opened from it.
 */
@Document("timeline")
public record TimelineEntry(@Id String id, String dealerId, String repairOrderId, String appointmentId, Instant at,
                            String type, String who, String summary, String source, String topic, int partition,
                            long offset) {
}
