# tpm-faq-bot: docker build -t tpm-faq-bot .
#              docker run --env-file .env -p 8080:8080 -v tpm-faq-bot-data:/app/data tpm-faq-bot

# --- build: the shaded jar ----------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
# Dependencies first: this layer is reused until pom.xml changes.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
# Tests run in CI (mvn test), not in every image build.
RUN mvn -B -q -DskipTests package

# --- run: a JRE, the jar and the content --------------------------------------------------
FROM eclipse-temurin:25-jre
# A fixed uid, so that a host folder mounted on /app/data can be given to it: chown 10001 DIR.
RUN groupadd --gid 10001 bot \
 && useradd --uid 10001 --gid bot --home-dir /app --no-create-home --shell /usr/sbin/nologin bot \
 && mkdir -p /app/data \
 && chown bot:bot /app/data
WORKDIR /app
COPY --from=build /build/target/tpm-faq-bot.jar /app/tpm-faq-bot.jar
# The content is baked in; mount another folder on /app/faq to replace it (changes are picked up live).
COPY faq /app/faq
# The embedded SQLite database (data/tpm-faq-bot.db) lives here; unused with a PostgreSQL DATABASE_URL.
VOLUME ["/app/data"]
USER bot
ENV PORT=8080
# Content vectors for the sentence model are cached on the data volume: the first start embeds the
# content (about 10 s), later starts and reloads embed only what changed.
ENV VECTOR_CACHE_DIR=/app/data/vectors
EXPOSE 8080
# No curl in a JRE image: a tiny class from the jar asks GET /healthz on $PORT.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-cp", "/app/tpm-faq-bot.jar", "dev.tpmfaqbot.http.HealthCheck"]
# Exec form: java is PID 1 and gets SIGTERM from docker stop (orderly stop, exit 0).
# ExitOnOutOfMemoryError: a JVM out of memory exits (code 3) and is restarted, instead of living on
# with a dead thread that served HTTP.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/tpm-faq-bot.jar"]
CMD ["run"]
