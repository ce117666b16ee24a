package com.aftersales.workshop.knowledge;

import com.aftersales.platform.domain.NotFoundException;
import com.aftersales.platform.web.DealerId;
import com.aftersales.platform.web.PageParams;
import com.aftersales.platform.web.Paged;
import com.aftersales.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** S8.5: the knowledge base of difficult faults: written after the repair, searched by any words. */
@RestController
@RequestMapping("/api/knowledge-articles")
class KnowledgeArticleController {

    private final MongoTemplate mongo;
    private final Clock clock;

    KnowledgeArticleController(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    record ArticleRequest(@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
                          @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String symptoms,
                          @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String cause,
                          @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String fix,
                          @Size(max = 100, message = "must be at most 100 characters") String vehicleModel,
                          @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String authorId,
                          @Size(max = 100, message = "must be at most 100 characters") String repairOrderId) {
    }

    record ArticleView(String id, String title, String symptoms, String cause, String fix, String vehicleModel,
                       String authorId, String repairOrderId, Instant writtenAt, Long version) {
        static ArticleView of(KnowledgeArticle article) {
            return new ArticleView(article.id(), article.title(), article.symptoms(), article.cause(), article.fix(),
                    article.vehicleModel(), article.authorId(), article.repairOrderId(), article.writtenAt(), article.version());
        }
    }

    @PostMapping
    ResponseEntity<ArticleView> write(DealerId dealer, @Valid @RequestBody ArticleRequest request) {
        KnowledgeArticle article = mongo.insert(KnowledgeArticle.write(UUID.randomUUID().toString(), dealer.value(),
                request.title().trim(), request.symptoms(), request.cause(), request.fix(), request.vehicleModel(),
                request.authorId(), request.repairOrderId(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/knowledge-articles/" + article.id()))
                .eTag(Versions.etag(article.version())).body(ArticleView.of(article));
    }

    /** Every word of {@code q} must occur somewhere in the article (title, symptoms, cause, fix, model); newest first. */
    @GetMapping
    Paged<ArticleView> search(DealerId dealer, @RequestParam(required = false) String q, @Valid PageParams paging) {
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(Criteria.where("dealerId").is(dealer.value()));
        if (q != null) {
            for (String word : q.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    criteria.add(Criteria.where("searchText").regex(Pattern.quote(word)));
                }
            }
        }
        Query query = Query.query(new Criteria().andOperator(criteria.toArray(Criteria[]::new)));
        long total = mongo.count(query, KnowledgeArticle.class);
        List<KnowledgeArticle> page = mongo.find(query.with(paging.toRequest(Sort.by(Sort.Direction.DESC, "writtenAt"))),
                KnowledgeArticle.class);
        return Paged.of(new PageImpl<>(page, paging.toRequest(Sort.unsorted()), total), ArticleView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleView> get(DealerId dealer, @PathVariable String id) {
        KnowledgeArticle article = mongo.findOne(Query.query(Criteria.where("_id").is(id).and("dealerId").is(dealer.value())),
                KnowledgeArticle.class);
        if (article == null) {
            throw new NotFoundException("knowledge article", id);
        }
        return Versions.ok(article.version(), ArticleView.of(article));
    }
}
