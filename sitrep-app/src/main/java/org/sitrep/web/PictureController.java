package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.app.Situations;
import org.sitrep.app.StorePicture;
import org.sitrep.export.SituationExport;
import org.sitrep.store.Store;

/**
 * {@code /api/situation} and {@code /api/contradictions}: the picture merged across reports, as the
 * {@code situation} and {@code contradictions} commands give it. The picture is read from the store on each
 * request, so an upload that lands shows in the next answer.
 */
final class PictureController {
    private final Store store;
    private final ActorDictionary dictionary;

    PictureController(Store store, ActorDictionary dictionary) {
        this.store = store;
        this.dictionary = dictionary;
    }

    /** The situation on {@code at} (YYYY-MM-DD), for {@code country} (ISO 3166 alpha-3) when given: EXPORT.md's JSON. */
    void situation(Context ctx) {
        String atText = Params.required(ctx, "at");
        LocalDate at;
        try {
            at = LocalDate.parse(atText);
        } catch (DateTimeParseException e) {
            throw Params.bad("at", atText, "is not a date as YYYY-MM-DD");
        }
        String country = Params.text(ctx, "country").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw Params.bad("country", country, "is not an ISO 3166 alpha-3 code such as MLI");
        }
        String code = country;
        ctx.json(SituationExport.toMap(Situations.at(StorePicture.of(store, dictionary), at, code).orElseThrow(
                () -> Params.bad("country", code, "names no country: give an ISO 3166 alpha-3 code such as MLI"))));
    }

    /** Where the reports disagree, each side with its evidence. */
    void contradictions(Context ctx) {
        List<Map<String, Object>> items = StorePicture.of(store, dictionary).contradictions().stream()
                .map(SituationExport::toMap).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contradictions", items);
        ctx.json(out);
    }
}
