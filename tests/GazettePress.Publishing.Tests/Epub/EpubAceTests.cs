namespace GazettePress.Publishing.Tests.Epub;

/// <summary>Ace by DAISY on the samples' e-editions and the phone-straining issue: no serious or
/// critical violation (and, as built today, none at all).</summary>
[Collection("phone")]
public sealed class EpubAceTests(PhoneEpubFixture fixture)
{
    [Theory]
    [InlineData("jincheng-2025-06")]
    [InlineData("jincheng-2023-02")]
    [InlineData("jincheng-2025-01")]
    [InlineData("phone-issue")]
    public void AceFindsNoViolation(string edition)
    {
        var violations = AceRunner.Run(fixture.Epubs[edition]);
        Assert.DoesNotContain(violations, v => v.Impact is "serious" or "critical");
        Assert.Empty(violations);
    }
}
