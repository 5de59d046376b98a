using System;

namespace Reconcile.Tests;

/// <summary>Checks the equality contract of a value type once, for every value type (after NodaTime's TestHelper.TestEqualsStruct).</summary>
internal static class EqualityContract
{
    public static void Check<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>
    {
        Assert.Multiple(() =>
        {
            Assert.That(value.Equals(equalValue), Is.True, "Equals(T) with an equal value");
            Assert.That(value.Equals((object)equalValue), Is.True, "Equals(object) with an equal value");
            Assert.That(value.GetHashCode(), Is.EqualTo(equalValue.GetHashCode()), "hash codes of equal values");
            Assert.That(value.Equals((object?)null), Is.False, "Equals(null)");
            Assert.That(value.Equals(new object()), Is.False, "Equals(other type)");
            foreach (T unequal in unequalValues)
            {
                Assert.That(value.Equals(unequal), Is.False, $"Equals({unequal})");
                Assert.That(value.Equals((object)unequal), Is.False, $"Equals((object){unequal})");
            }
        });
    }
}
