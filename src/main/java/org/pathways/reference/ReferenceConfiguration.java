package org.pathways.reference;

import javax.sql.DataSource;

import org.pathways.reference.importing.ReferenceImporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

    @Bean
    ReferenceImporter referenceImporter(DataSource dataSource,
                                        @Value("${pathways.reference.max-file-megabytes:200}") long maxFileMegabytes) {
        return new ReferenceImporter(dataSource, maxFileMegabytes);
    }
}
