package org.pathways.supplychain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathways.platform.AuditLog;
import org.pathways.platform.InputValidation;
import org.pathways.platform.PathwaysUser;
import org.pathways.shared.InvalidInput;
import org.pathways.shared.NotFound;
import org.pathways.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's directory of providers. Every OPSO and training provider on Pathways is one (added when it registers);
 * anyone who records hires adds the others, once for everybody: a second provider with the
 * same name, or with a name another one already goes by, is refused, so that hires from one source always add up.
 */
@Service
@Transactional
public class Providers {

    /** What kind of source a provider is; the back-mapping groups hires by it. */
    public enum Kind {
        OPSO, COLLEGE, TRAINING_PROVIDER, ADULT_EDUCATION, APPRENTICESHIP, STAFFING_AGENCY, JOB_BOARD, EMPLOYEE_REFERRAL,
        DIRECT_APPLICATION, OTHER;

        public String messageKey() {
            return "providers.kind." + name();
        }
    }

    /** A provider as everyone sees it; {@code organizationId} when it is an organization of Pathways. */
    public record ProviderView(long id, String name, Kind kind, Long organizationId, String website, List<String> aliases) {
    }

    /** What a person enters to add a provider. */
    public record ProviderInput(@Size(max = 200) String name, @NotNull Kind kind, @Size(max = 300) String website) {

        public static ProviderInput blank() {
            return new ProviderInput(null, null, null);
        }
    }

    private final ProviderRows rows;
    private final InputValidation validation;
    private final AuditLog audit;

    Providers(ProviderRows rows, InputValidation validation, AuditLog audit) {
        this.rows = rows;
        this.validation = validation;
        this.audit = audit;
    }

    /**
     * Lists every active OPSO and training provider of Pathways among the providers (one recorded earlier under the
     * organization's name is tied to it). Run when an organization registers and by the demo; cheap when nothing is missing.
     */
    public void includeOrganizations() {
        rows.addOrganizations();
    }

    /** Every provider, by name; {@code text} narrows to those whose name or other name contains it. */
    @Transactional(readOnly = true)
    public List<ProviderView> list(String text) {
        String folded = Text.folded(text);
        return rows.all().stream().filter(p -> folded.isEmpty() || Text.folded(p.name()).contains(folded)
                || p.aliases().stream().anyMatch(a -> Text.folded(a).contains(folded))).toList();
    }

    @Transactional(readOnly = true)
    public ProviderView get(long providerId) {
        return rows.one(providerId).orElseThrow(() -> new NotFound("provider", providerId));
    }

    /** The provider that is this organization of Pathways (an OPSO's referrals come through it). */
    @Transactional(readOnly = true)
    public Optional<ProviderView> ofOrganization(long organizationId) {
        return rows.all().stream().filter(p -> p.organizationId() != null && p.organizationId() == organizationId).findFirst();
    }

    /**
     * Which provider each name stands for, by its name or another name it goes by, compared without case, accents or
     * punctuation ("Second-Chance Works" is Second Chance Works). A name no provider goes by is left out of the answer.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> match(Collection<String> names) {
        Map<String, Long> byFolded = new LinkedHashMap<>();
        for (ProviderView provider : rows.all()) {
            byFolded.putIfAbsent(Text.folded(provider.name()), provider.id());
            provider.aliases().forEach(alias -> byFolded.putIfAbsent(Text.folded(alias), provider.id()));
        }
        Map<String, Long> found = new LinkedHashMap<>();
        for (String name : names) {
            Long id = byFolded.get(Text.folded(name));
            if (id != null) {
                found.put(name, id);
            }
        }
        return found;
    }

    /** Adds a provider without an account; every problem named at once. */
    public ProviderView create(ProviderInput input) {
        PathwaysUser user = PathwaysUser.currentEditor();
        List<InvalidInput> problems = problemsOf(input);
        if (!problems.isEmpty()) {
            throw InvalidInput.all(problems);
        }
        String name = input.name().strip();
        long id = rows.insert(name, input.kind(), Text.blankToNull(input.website()), user.organizationId(), user.username());
        audit.record("provider.created", "provider", id, name);
        return get(id);
    }

    /** Every problem of a new provider: the record's limits and the rules of the directory, for a form to show at once. */
    @Transactional(readOnly = true)
    public List<InvalidInput> problemsOf(ProviderInput input) {
        List<InvalidInput> problems = new ArrayList<>(validation.problems(input));
        String name = Text.blankToNull(input.name());
        if (name == null) {
            problems.add(new InvalidInput("name", "providers.nameRequired"));
        } else if (!match(List.of(name)).isEmpty()) {
            problems.add(new InvalidInput("name", "providers.nameTaken", name));
        }
        String website = Text.blankToNull(input.website());
        if (website != null && !website.matches("(?i)https?://[^\\s/]+\\.[^\\s]+")) {
            problems.add(new InvalidInput("website", "providers.badWebsite"));
        }
        return problems;
    }

    /**
     * Remembers that a name in someone's file means this provider, so the next file matches it on its own. A name another
     * provider already goes by is refused: the same words cannot mean two providers.
     */
    public void addAlias(long providerId, String alias) {
        PathwaysUser user = PathwaysUser.currentEditor();
        String name = Text.blankToNull(alias);
        get(providerId);
        if (name == null || name.length() > 200) {
            throw new InvalidInput("alias", "providers.badAlias");
        }
        Long existing = match(List.of(name)).get(name);
        if (existing != null && existing != providerId) {
            throw new InvalidInput("alias", "providers.aliasTaken", name);
        }
        if (existing == null) {
            rows.insertAlias(providerId, name, user.username());
            audit.record("provider.aliasAdded", "provider", providerId, name);
        }
    }
}
