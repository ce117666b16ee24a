package com.aftersales.parts.backorder;

import com.aftersales.platform.storage.Conflicts;
import com.aftersales.platform.web.DealerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The standard scripts for a missing part, one per backorder reason, each dealer in its own words (S6.3). */
@RestController
@RequestMapping("/api/backorder-scripts")
class BackorderScriptController {

    private final BackorderScriptsRepository scripts;
    private final Clock clock;

    BackorderScriptController(BackorderScriptsRepository scripts, Clock clock) {
        this.scripts = scripts;
        this.clock = clock;
    }

    record ScriptRequest(@NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String script) {
    }

    record ScriptView(BackorderReason reason, String script, boolean custom, Instant changedAt) {
        static ScriptView of(BackorderScripts scripts, BackorderReason reason) {
            return new ScriptView(reason, scripts.template(reason), scripts.isCustom(reason), scripts.changedAt(reason));
        }
    }

    /** Every reason with its script: the dealer's own or the default. A fixed, short list, so not paged. */
    @GetMapping
    List<ScriptView> list(DealerId dealer) {
        BackorderScripts book = scripts.of(dealer.value());
        return Arrays.stream(BackorderReason.values()).map(reason -> ScriptView.of(book, reason)).toList();
    }

    @GetMapping("/{reason}")
    ScriptView get(DealerId dealer, @PathVariable BackorderReason reason) {
        return ScriptView.of(scripts.of(dealer.value()), reason);
    }

    @PutMapping("/{reason}")
    ScriptView write(DealerId dealer, @PathVariable BackorderReason reason, @Valid @RequestBody ScriptRequest request) {
        return Conflicts.retry(() -> {
            BackorderScripts book = scripts.of(dealer.value());
            book.write(reason, request.script().trim(), clock.instant());
            return ScriptView.of(scripts.save(book), reason);
        });
    }
}
