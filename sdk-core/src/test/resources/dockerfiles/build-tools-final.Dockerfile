FROM eclipse-temurin:21-jdk@sha256:1111111111111111111111111111111111111111111111111111111111111111
RUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*
USER 10001
