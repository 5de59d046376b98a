using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Reconcile.Json.Converters;

/// <summary>Converts a <see cref="MemberSet"/> as the array of its canonical names, in ordinal order: <c>["Australia", "Canada"]</c>.</summary>
internal sealed class MemberSetConverter : ReconcileConverter<MemberSet>
{
    public override void Write(JsonWriter writer, MemberSet value) => WriteNames(writer, value);

    public override MemberSet Read(JToken token) => ReadNames(token, "members");

    /// <summary>Writes the names as an array.</summary>
    public static void WriteNames(JsonWriter writer, MemberSet value)
    {
        writer.WriteStartArray();
        foreach (string name in value.Names)
        {
            writer.WriteValue(name);
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads an array of names.</summary>
    public static MemberSet ReadNames(JToken token, string name)
    {
        JArray array = JsonFields.Array(token, $"'{name}'");
        var names = new List<string>(array.Count);
        foreach (JToken item in array)
        {
            string member = JsonFields.String(item, name);
            names.Add(member.Trim().Length > 0 ? member : throw JsonFields.Error(item, "A member's name may not be empty."));
        }

        try
        {
            return new MemberSet(names);
        }
        catch (ArgumentException e)
        {
            throw JsonFields.Error(array, e.Message, e);
        }
    }
}
