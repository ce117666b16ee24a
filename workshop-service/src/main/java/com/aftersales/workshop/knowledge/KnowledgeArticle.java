package com.aftersales.workshop.knowledge;

import com.aftersales.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Locale;

/**
 * S8.5: a difficult fault written up after the repair, for the knowledge base and internal training: symptoms,
 * cause and fix, the vehicle model and the RO it came from. Searchable by any word of its text.
 */
@Document("knowledge_articles")
public class KnowledgeArticle extends AggregateRoot {

    private String title;
    private String symptoms;
    private String cause;
    private String fix;
    private String vehicleModel;
    private String authorId;
    private String repairOrderId;
    private Instant writtenAt;
    /** Lower-case text of every field, what a search looks in. */
    private String searchText;

    protected KnowledgeArticle() {
    }

    public static KnowledgeArticle write(String id, String dealerId, String title, String symptoms, String cause, String fix,
                                         String vehicleModel, String authorId, String repairOrderId, Instant now) {
        KnowledgeArticle article = new KnowledgeArticle();
        article.id = id;
        article.dealerId = dealerId;
        article.title = title;
        article.symptoms = symptoms;
        article.cause = cause;
        article.fix = fix;
        article.vehicleModel = vehicleModel;
        article.authorId = authorId;
        article.repairOrderId = repairOrderId;
        article.writtenAt = now;
        article.searchText = String.join(" ", title, symptoms, cause, fix, vehicleModel == null ? "" : vehicleModel)
                .toLowerCase(Locale.ROOT);
        return article;
    }

    public String title() {
        return title;
    }

    public String symptoms() {
        return symptoms;
    }

    public String cause() {
        return cause;
    }

    public String fix() {
        return fix;
    }

    public String vehicleModel() {
        return vehicleModel;
    }

    public String authorId() {
        return authorId;
    }

    public String repairOrderId() {
        return repairOrderId;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
