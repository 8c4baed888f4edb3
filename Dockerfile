# tpm-faq-bot: docker build -t tpm-faq-bot .
#              docker run --env-file .env -p 8080:8080 -v tpm-faq-bot-data:/app/data tpm-faq-bot
#
# Base images are pinned by digest so that a build does not change under us when a tag moves;
# the tag is named above each FROM. Renovate (its Dockerfile manager updates pinned digests) or
# Dependabot (docker ecosystem) keeps them fresh. The digests were taken from public Dockerfiles
# that pin the same tags (each one found in more than one project); none could be pulled from
# the machine that wrote this file.

# --- build: the libraries jar, then the bot's own jar ----------------------------------------
# maven:3.9-eclipse-temurin-25
FROM maven:3.9-eclipse-temurin-25@sha256:93b8a14ea2f412782e4e842651273b4d903e35cc496284f178fbbe2d67d00976 AS build
WORKDIR /build
COPY pom.xml ./
# Only pom.xml is known here, so this step, and the image layer made from its output, are reused
# until pom.xml changes. ~/.m2 is a cache that outlives builds: nothing is downloaded twice.
# `compile` on no sources also fetches the plugins the next step needs.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q compile jar:jar shade:shade@image-dependencies \
 && mkdir -p /out \
 && mv target/image/lib /out/lib
COPY src ./src
# Tests run in CI (mvn test), not in every image build.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q compile jar:jar shade:shade@image-application \
 && mv target/image/tpm-faq-bot.jar /out/tpm-faq-bot.jar

# --- run: a JRE, the libraries, the content, the bot -----------------------------------------
# eclipse-temurin:25-jre
FROM eclipse-temurin:25-jre@sha256:5cf92df78f6dba978777d5cffa3c856e583f86814fde82a6c3534ccdfd794f2f
# A fixed uid, so that a host folder mounted on /app/data can be given to it: chown 10001 DIR.
RUN groupadd --gid 10001 bot \
 && useradd --uid 10001 --gid bot --home-dir /app --no-create-home --shell /usr/sbin/nologin bot \
 && mkdir -p /app/data \
 && chown bot:bot /app/data
WORKDIR /app
# One layer each, the least often changed first, so that a code change ships only the last one
# (under 1 MB) and a content change only the last two; the libraries (~100 MB) move with pom.xml.
COPY --from=build /out/lib/ /app/lib/
# The content is baked in; mount another folder on /app/faq to replace it (changes are picked up live).
COPY faq /app/faq
# Its manifest puts lib/dependencies.jar on the class path: `java -jar` and `java -cp` both find it.
COPY --from=build /out/tpm-faq-bot.jar /app/tpm-faq-bot.jar
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

# Labels last: a new VERSION or REVISION on every commit then changes no layer above.
# docker build --build-arg VERSION=0.1.0 --build-arg REVISION=$(git rev-parse HEAD) \
#              --build-arg SOURCE=https://example.org/your/repo -t tpm-faq-bot .
ARG VERSION=0.1.0-SNAPSHOT
ARG REVISION=unknown
ARG SOURCE=unknown
# No licence has been chosen for the project yet: NOASSERTION is SPDX's word for that.
ARG LICENSES=NOASSERTION
LABEL org.opencontainers.image.title="tpm-faq-bot" \
      org.opencontainers.image.description="A chat bot that answers questions about the Technical Product Manager role." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="${LICENSES}"
