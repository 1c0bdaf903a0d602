package org.sitrep.picture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What held when: the spells of offices, towns and measures a {@link SituationBuilder} read off the events, and
 * the key-figure claims. Immutable and thread-safe.
 */
public final class History {
    private final List<Spells.Power> power;
    private final List<Spells.Control> control;
    private final List<Spells.Measure> measures;
    private final List<FigureClaim> claims;
    private final PictureRules rules;

    History(List<Spells.Power> power, List<Spells.Control> control, List<Spells.Measure> measures,
            List<FigureClaim> claims, PictureRules rules) {
        this.power = List.copyOf(power);
        this.control = List.copyOf(control);
        this.measures = List.copyOf(measures);
        this.claims = List.copyOf(claims);
        this.rules = rules;
    }

    public List<Spells.Power> power() {
        return power;
    }

    public List<Spells.Control> control() {
        return control;
    }

    public List<Spells.Measure> measures() {
        return measures;
    }

    /**
     * The situation on {@code day}, for one country (ISO 3166 alpha-3) or, when {@code country} is null,
     * for all. An office shows its holder whose spell began last; places and measures of unknown country show
     * only when no country is asked for.
     */
    public Situation at(LocalDate day, String country) {
        Map<String, Spells.Power> holders = new LinkedHashMap<>();
        for (Spells.Power spell : power) {
            if (spell.activeOn(day) && (country == null || country.equals(spell.country()))) {
                String office = spell.office() + "|" + spell.country();
                Spells.Power known = holders.get(office);
                if (known == null || spell.since().isAfter(known.since())) {
                    holders.put(office, spell);
                }
            }
        }
        List<Spells.Power> offices = new ArrayList<>(holders.values());
        offices.sort(Comparator.comparingInt((Spells.Power p) -> rules.offices().indexOf(p.office()))
                .thenComparing(p -> String.valueOf(p.country())));
        List<Spells.Control> held = control.stream()
                .filter(spell -> spell.activeOn(day) && (country == null || country.equals(spell.country())))
                .toList();
        List<Spells.Measure> inForce = measures.stream()
                .filter(spell -> spell.activeOn(day) && (country == null || country.equals(spell.country())))
                .toList();
        return new Situation(day, country, offices, held, inForce, figures(day));
    }

    private List<Situation.KeyFigure> figures(LocalDate day) {
        List<Situation.KeyFigure> figures = new ArrayList<>();
        LocalDate from = day.minusDays(rules.figureWindowDays());
        rules.figureKinds().stream().sorted().forEach(kind -> {
            Map<String, FigureClaim> largestPerDoc = new LinkedHashMap<>();
            claims.stream().filter(c -> c.kind() == kind && c.published() != null && !c.published().isAfter(day)
                            && !c.published().isBefore(from))
                    .sorted(Comparator.comparing(FigureClaim::published).thenComparing(FigureClaim::docId))
                    .forEach(c -> largestPerDoc.merge(c.docId(), c, (a, b) -> b.value() > a.value() ? b : a));
            if (largestPerDoc.isEmpty()) {
                return;
            }
            List<FigureClaim> chosen = List.copyOf(largestPerDoc.values());
            long min = chosen.stream().mapToLong(FigureClaim::value).min().orElseThrow();
            long max = chosen.stream().mapToLong(FigureClaim::value).max().orElseThrow();
            figures.add(new Situation.KeyFigure(kind, min, max, chosen));
        });
        return figures;
    }

    /** Every change of state, in date order: spells starting and ending. */
    public List<StateChange> changes(String country) {
        List<StateChange> changes = new ArrayList<>();
        for (Spells.Power spell : power) {
            if (country != null && !country.equals(spell.country())) {
                continue;
            }
            changes.add(new StateChange(spell.since(), "power", spell.country(),
                    spell.holder() + " holds " + spell.office(), spell.evidence()));
            if (spell.until() != null) {
                changes.add(new StateChange(spell.until(), "power", spell.country(), spell.holder() + " no longer holds "
                        + spell.office() + (spell.endedBy() == null ? "" : " (" + spell.endedBy() + ")"), spell.endEvidence()));
            }
        }
        for (Spells.Control spell : control) {
            if (country != null && !country.equals(spell.country())) {
                continue;
            }
            String holders = spell.heldBy().isEmpty() ? "unnamed forces" : String.join(", ", spell.heldBy());
            changes.add(new StateChange(spell.since(), "control", spell.country(), spell.place() + " held by "
                    + holders, spell.evidence()));
            if (spell.until() != null) {
                changes.add(new StateChange(spell.until(), "control", spell.country(), spell.place() + " no longer held by "
                        + holders + (spell.endedBy() == null ? "" : " (" + spell.endedBy() + ")"), spell.endEvidence()));
            }
        }
        for (Spells.Measure spell : measures) {
            if (country != null && !country.equals(spell.country())) {
                continue;
            }
            String what = spell.kind() + " by " + Optional.ofNullable(spell.by()).orElse("unnamed")
                    + (spell.against() == null ? "" : " against " + spell.against());
            changes.add(new StateChange(spell.start(), "measure", spell.country(), what
                    + (spell.since() == null ? " in force (undated; reported by then)" : " in force"), spell.evidence()));
            if (spell.until() != null) {
                changes.add(new StateChange(spell.until(), "measure", spell.country(), what + " ends ("
                        + spell.endedBy() + ")", spell.endEvidence()));
            }
        }
        changes.sort(Comparator.comparing(StateChange::date).thenComparing(StateChange::aspect)
                .thenComparing(StateChange::change));
        return changes.stream().filter(change -> Objects.nonNull(change.date())).toList();
    }
}
