using System.Globalization;

namespace Reconcile.Reporting;

/// <summary>Short forms of values for tables and explanations: a list of eleven names reads "11 members".</summary>
internal static class ValueText
{
    public static string Short(ClaimValue value) => value.Kind == ClaimValueKind.Members
        ? value.Members.Count.ToString(CultureInfo.InvariantCulture) + " members"
        : value.ToString();
}
