using System.CommandLine;
using System.Globalization;

namespace GazettePress.Cli.Hosting;

/// <summary>
/// Range checks for numeric options. A value that is not a number at all is System.CommandLine's
/// conversion error; these only add "too small". Either way <see cref="UsageErrors"/> reports the
/// option, the value and the option's description (which states the range).
/// </summary>
public static class OptionRules
{
    public static Option<int> AtLeast(this Option<int> option, int minimum)
    {
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < minimum)
                r.AddError($">= {minimum}");
        });
        return option;
    }

    public static Option<double> AtLeast(this Option<double> option, double minimum)
    {
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && !(n >= minimum))
                r.AddError($">= {minimum}");
        });
        return option;
    }
}
