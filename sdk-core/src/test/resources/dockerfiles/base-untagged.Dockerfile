FROM eclipse-temurin
USER 10001
