package org.pathways.platform;

import java.time.Instant;

import org.pathways.shared.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An organization that uses Pathways; every record in the system belongs to exactly one. */
@Table("organization")
class Organization {

    @Id
    private Long id;
    private String name;
    private OrganizationType type;
    private String region;
    private boolean demo;
    private boolean active;
    private Instant createdAt;
    private String timeZone;
    @Version
    private int version;

    @PersistenceCreator
    Organization(Long id, String name, OrganizationType type, String region, boolean demo, boolean active,
                 Instant createdAt, String timeZone, int version) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.region = region;
        this.demo = demo;
        this.active = active;
        this.createdAt = createdAt;
        this.timeZone = timeZone;
        this.version = version;
    }

    static Organization register(String name, OrganizationType type, String region, String timeZone, boolean demo) {
        return new Organization(null, name.strip(), type, Text.blankToNull(region), demo, true, Instant.now(), timeZone, 0);
    }

    OrganizationView view(long userCount) {
        return new OrganizationView(id, name, type, region, timeZone, demo, active, createdAt, userCount);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    OrganizationType type() {
        return type;
    }

    boolean demo() {
        return demo;
    }

    boolean active() {
        return active;
    }
}
