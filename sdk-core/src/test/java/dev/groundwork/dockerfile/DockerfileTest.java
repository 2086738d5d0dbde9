package dev.groundwork.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DockerfileTest {

  static Dockerfile parse(String text) {
    return Dockerfile.parse(text, "Dockerfile");
  }

  @Nested
  class Stages {
    @Test
    void readsEachFromWithItsNameAndInstructions() {
      Dockerfile file = parse("FROM maven:3.9 AS Build\nRUN mvn package\nFROM eclipse-temurin:21-jre\n"
          + "COPY --from=build /target/app.jar /app.jar\nUSER 10001\n");
      assertThat(file.stages()).hasSize(2);
      assertThat(file.stages().get(0).name()).contains("Build");
      assertThat(file.stages().get(0).baseImage()).isEqualTo("maven:3.9");
      assertThat(file.finalStage().name()).isEmpty();
      assertThat(file.finalStage().instructions()).extracting(Instruction::keyword).containsExactly("COPY", "USER");
      assertThat(file.finalStage().instructions("COPY").get(0).flags()).isEqualTo(Map.of("from", "build"));
      assertThat(file.finalStage().instructions("COPY").get(0).words()).containsExactly("/target/app.jar", "/app.jar");
      assertThat(file.finalStage().instructions("USER").get(0).line()).isEqualTo(5);
    }

    @Test
    void followsStageNamesCaseInsensitively() {
      Dockerfile file = parse("FROM alpine:3.20 AS base\nUSER 1000\nFROM BASE AS final\nRUN true\n");
      assertThat(file.parentStage(file.finalStage())).map(Stage::index).contains(0);
      assertThat(file.lineage(file.finalStage())).extracting(Stage::index).containsExactly(1, 0);
      assertThat(file.stagesFromImages()).extracting(Stage::index).containsExactly(0);
    }

    @Test
    void substitutesBuildArgumentsDeclaredBeforeTheFirstFrom() {
      Dockerfile file = parse("ARG REGISTRY=public.ecr.aws\nARG TAG\nARG BASE=${REGISTRY}/docker/library/alpine\n"
          + "FROM $REGISTRY/docker/library/alpine:${TAG:-3.20}\nFROM ${BASE}:${TAG}\n");
      assertThat(file.stages().get(0).baseImage()).isEqualTo("public.ecr.aws/docker/library/alpine:3.20");
      assertThat(file.stages().get(1).baseImage()).isEqualTo("${REGISTRY}/docker/library/alpine:${TAG}");
    }

    @Test
    void readsThePlatformFlagOfFrom() {
      Dockerfile file = parse("FROM --platform=linux/amd64 alpine:3.20 AS x\n");
      assertThat(file.finalStage().from().flag("platform")).contains("linux/amd64");
      assertThat(file.finalStage().name()).contains("x");
    }
  }

  @Nested
  class Syntax {
    @Test
    void joinsContinuationLinesAndDropsCommentsInside() {
      Dockerfile file = parse("FROM alpine:3.20\nRUN apk add \\\n  # the shell\n  bash \\\n\n  curl\n");
      Instruction run = file.finalStage().instructions().get(0);
      assertThat(run.commandText()).isEqualTo("apk add bash curl");
      assertThat(run.line()).isEqualTo(2);
    }

    @Test
    void honoursTheEscapeDirective() {
      Dockerfile file = parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
          + "RUN dir c:\\ `\n  && echo done\n");
      assertThat(file.finalStage().instructions().get(0).commandText()).isEqualTo("dir c:\\ && echo done");
    }

    @Test
    void readsExecFormAsJson() {
      Dockerfile file = parse("FROM alpine:3.20\nENTRYPOINT [\"java\", \"-jar\", \"/app app.jar\"]\n");
      assertThat(file.finalStage().instructions().get(0).words()).containsExactly("java", "-jar", "/app app.jar");
    }

    @Test
    void readsHereDocumentsAsTheirBodies() {
      Dockerfile file = parse("FROM alpine:3.20\nRUN <<EOF\napk add gcc\nmake\nEOF\n"
          + "COPY <<-CONF /etc/app.conf\n\tkey=value\n\tCONF\nUSER 1000\n");
      Instruction run = file.finalStage().instructions().get(0);
      assertThat(run.heredocs()).containsExactly("apk add gcc\nmake\n");
      assertThat(run.commandText()).contains("make");
      Instruction copy = file.finalStage().instructions().get(1);
      assertThat(copy.heredocs()).containsExactly("key=value\n");
      assertThat(copy.words()).containsExactly("<<-CONF", "/etc/app.conf");
      assertThat(file.finalStage().instructions().get(2).is("user")).isTrue();
    }

    @Test
    void acceptsLowerCaseInstructionsAndWindowsLineEnds() {
      Dockerfile file = parse("from alpine:3.20\r\nuser 1000\r\n");
      assertThat(file.finalStage().instructions("USER")).hasSize(1);
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void refusesAnUnknownInstructionNamingTheLine() {
      assertThatThrownBy(() -> parse("FROM alpine:3.20\n\nFORM alpine\n"))
          .isInstanceOfSatisfying(DockerfileException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).isEqualTo("unknown instruction 'FORM'");
          })
          .hasMessage("Dockerfile line 3: unknown instruction 'FORM'");
    }

    @Test
    void refusesAnInstructionBeforeTheFirstFrom() {
      assertThatThrownBy(() -> parse("ARG X=1\nRUN echo\nFROM alpine:3.20\n"))
          .hasMessage("Dockerfile line 2: RUN before the first FROM: only ARG may come before FROM");
    }

    @Test
    void refusesAFileWithoutFrom() {
      assertThatThrownBy(() -> parse("# nothing here\n"))
          .hasMessage("Dockerfile: no FROM instruction: a Dockerfile starts with FROM (after any ARG)");
    }

    @Test
    void refusesAnUnterminatedHereDocument() {
      assertThatThrownBy(() -> parse("FROM alpine:3.20\nRUN <<EOF\necho hi\n"))
          .hasMessage("Dockerfile line 2: here-document 'EOF' is not closed: end it with a line holding only EOF");
    }

    @Test
    void refusesAFromWithExtraWords() {
      assertThatThrownBy(() -> parse("FROM alpine:3.20 build\n"))
          .hasMessage("Dockerfile line 1: FROM takes an image, optionally followed by AS <name>; got 'alpine:3.20 build'");
    }

    @Test
    void refusesAnEscapeDirectiveDockerDoesNotKnow() {
      assertThatThrownBy(() -> parse("# escape=x\nFROM alpine:3.20\n"))
          .hasMessageContaining("line 1: escape directive must be");
    }

    @Test
    void saysSoWhenTheFileDoesNotExist() {
      assertThatThrownBy(() -> Dockerfile.read(Path.of("no/such/Dockerfile")))
          .isInstanceOf(DockerfileException.class)
          .hasMessage("no/such/Dockerfile: no such file");
    }
  }

  @Test
  void readsAFileFromDisk() {
    Dockerfile file = Dockerfile.read(Path.of("src/test/resources/dockerfiles/good.Dockerfile"));
    assertThat(file.stages()).extracting(Stage::name).containsExactly(Optional.of("build"), Optional.empty());
    assertThat(file.stages().get(0).baseImage()).startsWith("eclipse-temurin:21-jdk@sha256:");
    assertThat(file.finalStage().instructions()).extracting(Instruction::keyword)
        .isEqualTo(List.of("COPY", "COPY", "ADD", "USER", "ENTRYPOINT"));
  }
}
