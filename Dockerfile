# Production-like image of the portal. The database comes from SPRING_DATASOURCE_URL (see docker-compose.yml);
# without it the app would start its bundled PostgreSQL under /app/data instead.

# --- build ------------------------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
# Dependencies first: this layer is reused until pom.xml changes.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -DskipTests package \
 && cp target/zhicheng-portal-*.jar /build/portal.jar

# --- runtime ----------------------------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre
RUN groupadd --system portal \
 && useradd --system --gid portal --home-dir /app --shell /usr/sbin/nologin portal \
 && mkdir -p /app/data \
 && chown -R portal:portal /app
WORKDIR /app
COPY --from=build /build/portal.jar /app/portal.jar
USER portal
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
# No curl in the JRE image: bash's /dev/tcp asks the public actuator health endpoint.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
