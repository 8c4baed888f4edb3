package dev.tpmfaqbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.tpmfaqbot.content.Answerable;
import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.content.InvalidContentException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "topics",
        header = "List every answer key with its title.",
        description = "List every answer key with its title.")
final class TopicsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "A JSON array of {key, kind, title}.")
    boolean json;

    @Mixin AnswererOption content;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InvalidContentException {
        PrintWriter out = spec.commandLine().getOut();
        Content loaded = ContentLoader.load(content.folder());
        if (json) {
            ArrayNode topics = new ObjectMapper().createArrayNode();
            loaded.answerables()
                    .forEach(
                            a ->
                                    topics.addObject()
                                            .put("key", a.key())
                                            .put("kind", a.kind().label())
                                            .put("title", a.title()));
            out.println(topics);
            return 0;
        }
        for (Answerable answerable : loaded.answerables()) {
            out.printf("%-45s %s%n", answerable.key(), answerable.title());
        }
        return 0;
    }
}
