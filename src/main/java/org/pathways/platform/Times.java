package org.pathways.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Times as the people reading them live them: in their organization's time zone, with the zone named ("2026-12-01
 * 19:30 EST"), never a bare UTC clock. A page that nobody signs in to (the private-link answer page) names whose zone
 * it shows with {@link #useZoneOf}. Used from templates as {@code ${@times.format(instant)}}.
 */
@Component("times")
public class Times {

    /** The zones of the United States and its territories that an organization can choose from. */
    public static final List<String> ZONES = List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "Pacific/Guam");
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

    private static final String ZONE = Times.class.getName() + ".zone";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz");

    private final JdbcClient jdbc;

    Times(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A moment to the minute in the zone of this request, with the zone's short name. */
    public String format(Instant at) {
        return at == null ? null : MINUTES.withLocale(LocaleContextHolder.getLocale()).format(at.atZone(zone()));
    }

    /** The zone this request shows times in: the one a page chose, else the signed-in person's organization's, else UTC. */
    public ZoneId zone() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object chosen = request == null ? null : request.getAttribute(ZONE, RequestAttributes.SCOPE_REQUEST);
        if (chosen instanceof ZoneId zone) {
            return zone;
        }
        ZoneId zone = PathwaysUser.currentIfSignedIn().map(user -> zoneOf(user.organizationId())).orElse(ZoneOffset.UTC);
        if (request != null) {
            request.setAttribute(ZONE, zone, RequestAttributes.SCOPE_REQUEST);
        }
        return zone;
    }

    /** Shows this request's times in an organization's zone (the one that sent a private link, say). */
    public void useZoneOf(long organizationId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ZONE, zoneOf(organizationId), RequestAttributes.SCOPE_REQUEST);
        }
    }

    public ZoneId zoneOf(long organizationId) {
        return jdbc.sql("select time_zone from organization where id = ?").param(organizationId).query(String.class).optional()
                .map(ZoneId::of).orElse(ZoneOffset.UTC);
    }
}
