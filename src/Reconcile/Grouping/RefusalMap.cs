namespace Reconcile.Grouping;

/// <summary>
/// When each pair of clusters (packed in a non-negative <see cref="long"/>) was last refused a merge, for one pass
/// over one part's triggers: open addressing with linear probing over flat arrays that are never shrunk nor
/// cleared. A slot belongs to the current pass only when it carries the pass's stamp, so starting a pass costs
/// nothing, however large an earlier part made the arrays, and no pass allocates once the arrays are large enough.
/// </summary>
/// <remarks>
/// A pass stores at most one refusal per trigger, so <see cref="Reset"/> is told how many triggers the pass has and
/// uses a slot range twice as large (at least), which can never fill up. Only that prefix of the arrays is used, so
/// a small part's map stays small in the cache.
/// </remarks>
internal sealed class RefusalMap
{
    private long[] _keys = [];
    private int[] _values = [];
    private int[] _stamps = [];
    private int _stamp;
    private int _shift = 64;
    private int _mask = -1;

    /// <summary>Empties the map, with room for <paramref name="triggers"/> refusals.</summary>
    public void Reset(int triggers)
    {
        int capacity = 16;
        while (capacity < triggers * 2)
        {
            capacity *= 2;
        }

        if (_keys.Length < capacity)
        {
            _keys = new long[capacity];
            _values = new int[capacity];
            _stamps = new int[capacity];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue)
        {
            System.Array.Clear(_stamps);
            _stamp = 1;
        }

        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
    }

    /// <summary>Gets when the pair was last refused in this pass, if it was.</summary>
    public bool TryGetValue(long key, out int value)
    {
        for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            if (_stamps[slot] != _stamp)
            {
                value = 0;
                return false;
            }

            if (_keys[slot] == key)
            {
                value = _values[slot];
                return true;
            }
        }
    }

    /// <summary>Records when the pair was refused, replacing an earlier refusal of it in this pass.</summary>
    public void Set(long key, int value)
    {
        for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            if (_stamps[slot] != _stamp)
            {
                _stamps[slot] = _stamp;
                _keys[slot] = key;
                _values[slot] = value;
                return;
            }

            if (_keys[slot] == key)
            {
                _values[slot] = value;
                return;
            }
        }
    }

    private int Slot(long key) => (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}
