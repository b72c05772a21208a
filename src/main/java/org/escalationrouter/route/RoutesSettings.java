package org.escalationrouter.route;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the admin-edited routes and executives live ({@code escalation.routes.dir}). */
@ConfigurationProperties("escalation.routes")
public record RoutesSettings(@DefaultValue("routes") Path dir) {}
