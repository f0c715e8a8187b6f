using System.Collections.Immutable;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;

namespace StaticSite.Tests.Engine;

/// <summary>The pipeline engine on its own, with tiny documents and stages.</summary>
public class EngineTests
{
    private sealed record Doc(string DisplayPath, string Text = "") : IDocument;

    /// <summary>Emits fixed documents, ignoring its input.</summary>
    private sealed class Emit(params string[] names) : IStage<Doc>
    {
        public ImmutableArray<Doc> Execute(ImmutableArray<Doc> documents, ExecutionContext<Doc> context) => [.. names.Select(n => new Doc(n))];
    }

    /// <summary>Appends a mark to each document, in parallel, after a random delay; drops documents named "drop".</summary>
    private sealed class Mark(string mark) : DocumentStage<Doc>
    {
        protected override Doc? Process(Doc document, ExecutionContext<Doc> context)
        {
            Thread.Sleep(Random.Shared.Next(0, 3));
            if (document.DisplayPath.StartsWith("drop", StringComparison.Ordinal)) return null;
            if (document.DisplayPath == "content/boem.md") throw new InvalidOperationException("kapot");
            return document with { Text = document.Text + mark };
        }
    }

    private sealed class Throw : IStage<Doc>
    {
        public ImmutableArray<Doc> Execute(ImmutableArray<Doc> documents, ExecutionContext<Doc> context) => throw new InvalidOperationException("stuk");
    }

    private static Pipeline<Doc> P(string name, string[] dependsOn, IStage<Doc>[] stages, string[]? inputs = null) =>
        new(name, [.. dependsOn], [.. stages], inputs is null ? default : [.. inputs]);

    private static ExecutionContext<Doc> Context(int parallelism = 8) => new(new DiagnosticBag(), [], parallelism);

    [Fact]
    public void Pipelines_run_in_waves_ordered_by_their_dependencies()
    {
        var engine = new Engine<Doc>(
        [
            P("C", ["A", "B"], []),
            P("B", ["A"], []),
            P("A", [], []),
            P("D", [], []),
        ]);
        var waves = engine.Levels().Select(w => w.Select(p => p.Name).Order().ToArray()).ToArray();
        Assert.Equal([["A", "D"], ["B"], ["C"]], waves);
    }

    [Fact]
    public void A_cycle_is_rejected_naming_the_pipelines_in_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Engine<Doc>([P("A", ["C"], []), P("B", ["A"], []), P("C", ["B"], []), P("D", [], [])]));
        Assert.Contains("cycle", ex.Message);
        Assert.Contains("A, B, C", ex.Message);
        Assert.DoesNotContain("D", ex.Message.Split(':')[^1]);
    }

    [Fact]
    public void Unknown_dependency_duplicate_name_and_undeclared_input_are_rejected()
    {
        Assert.Contains("unknown pipeline 'X'", Assert.Throws<ArgumentException>(() => new Engine<Doc>([P("A", ["X"], [])])).Message);
        Assert.Contains("Two pipelines are named 'A'", Assert.Throws<ArgumentException>(() => new Engine<Doc>([P("A", [], []), P("A", [], [])])).Message);
        Assert.Contains("without depending on it", Assert.Throws<ArgumentException>(() => new Engine<Doc>([P("A", [], []), P("B", [], [], ["A"])])).Message);
    }

    [Fact]
    public void Inputs_are_the_outputs_of_the_named_pipelines_concatenated_in_order()
    {
        var context = Context();
        new Engine<Doc>(
        [
            P("A", [], [new Emit("a1", "a2")]),
            P("B", [], [new Emit("b1")]),
            P("Other", [], [new Emit("x")]),
            P("Both", ["A", "B", "Other"], [new Mark("!")], ["B", "A"]),
        ]).Run(context);
        Assert.Equal(["b1", "a1", "a2"], context.OutputsOf("Both").Select(d => d.DisplayPath));
        Assert.All(context.OutputsOf("Both"), d => Assert.Equal("!", d.Text));
        Assert.Equal(["a1", "a2"], context.OutputsOf("A").Select(d => d.DisplayPath));
    }

    [Fact]
    public void Output_order_is_input_order_whatever_the_parallel_scheduling()
    {
        var names = Enumerable.Range(0, 300).Select(i => i % 7 == 3 ? $"drop{i}" : $"doc{i:000}").ToArray();
        var expected = names.Where(n => !n.StartsWith("drop", StringComparison.Ordinal)).ToArray();
        for (var run = 0; run < 3; run++)
        {
            var context = Context(parallelism: 16);
            new Engine<Doc>([P("A", [], [new Emit(names), new Mark("1"), new Mark("2")])]).Run(context);
            Assert.Equal(expected, context.OutputsOf("A").Select(d => d.DisplayPath));
            Assert.All(context.OutputsOf("A"), d => Assert.Equal("12", d.Text));
        }
    }

    [Fact]
    public void Exception_for_one_document_is_one_SS9001_naming_that_file_and_the_others_go_on()
    {
        var context = Context();
        new Engine<Doc>([P("A", [], [new Emit("content/a.md", "content/boem.md", "content/c.md"), new Mark("x")])]).Run(context);
        Assert.Equal(["content/a.md", "content/c.md"], context.OutputsOf("A").Select(d => d.DisplayPath));
        var d = Assert.Single(context.Diagnostics.Sorted());
        Assert.Equal(("content/boem.md", DiagnosticCodes.InternalError, Severity.Error), (d.Path, d.Code, d.Severity));
        Assert.StartsWith("Mark failed on this file (InvalidOperationException: kapot).", d.Message);
        Assert.DoesNotContain("   at ", d.Message);
    }

    [Fact]
    public void Failing_stage_is_one_SS9001_naming_the_pipeline_and_other_pipelines_still_run()
    {
        var context = Context();
        new Engine<Doc>([P("A", [], [new Emit("a"), new Throw()]), P("B", [], [new Emit("b")]), P("C", ["A"], [new Emit("c")])]).Run(context);
        var d = Assert.Single(context.Diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InternalError, d.Code);
        Assert.Contains("pipeline 'A', stage Throw failed (InvalidOperationException: stuk)", d.Message);
        Assert.Empty(context.OutputsOf("A"));
        Assert.Equal(["b"], context.OutputsOf("B").Select(x => x.DisplayPath));
        Assert.Equal(["c"], context.OutputsOf("C").Select(x => x.DisplayPath));
    }

    [Fact]
    public void Diagnostic_bag_reports_each_problem_once_in_a_stable_order()
    {
        var bag = new DiagnosticBag();
        var b = Diagnostic.Error(new SourceLocation("b.md", 2, 1), "SS1001", "x");
        var a2 = Diagnostic.Warning(new SourceLocation("a.md", 10, 1), "SS2004", "y");
        var a1 = Diagnostic.Error(new SourceLocation("a.md", 9, 5), "SS1002", "z");
        Parallel.For(0, 50, i => bag.AddRange([b, a2, a1]));
        Assert.Equal([a1, a2, b], bag.Sorted());
        Assert.True(bag.HasErrors);
        Assert.Equal("a.md(9,5): error SS1002: z", a1.ToString());
        Assert.Equal("a.md(1,1): warning SS2004: y", Diagnostic.Warning(SourceLocation.File("a.md"), "SS2004", "y").ToString());
        Assert.Equal("content/zeist: warning SS1008: y", Diagnostic.Warning(SourceLocation.Folder("content/zeist"), "SS1008", "y").ToString());
    }

    [Fact]
    public void Outputs_of_a_pipeline_that_has_not_run_are_an_error_not_empty()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Context().OutputsOf("Nope"));
        Assert.Contains("declare it in DependsOn", ex.Message);
    }
}
