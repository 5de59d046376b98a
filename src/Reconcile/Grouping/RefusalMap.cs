namespace Reconcile.Grouping;

/// <summary>
/// When each pair of clusters (packed in a non-negative <see cref="long"/>) was last refused a merge, for the passes
/// over one part's triggers: open addressing with linear probing over one flat array that is never shrunk nor
/// cleared. A slot belongs to the current part only when it carries the part's stamp, so starting a part costs
/// nothing, however large an earlier part made the array, and no part allocates once the array is large enough.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Reset"/> is told how many refusals to expect and uses a slot range twice as large (at least); the
/// range doubles whenever it is half full. Only that prefix of the array is used, so a small part's map stays small
/// in the cache, and a large part's map is as large as its refusals need, not as its triggers could.
/// </para>
/// <para>
/// Each slot holds its key, value and stamp side by side: the largest part's map is megabytes, nearly every lookup
/// misses the cache, and one miss per lookup is a third of three (key, value and stamp in arrays of their own).
/// </para>
/// </remarks>
internal sealed class RefusalMap
{
    private Entry[] _entries = [];
    private Entry[] _moving = [];
    private int _count;
    private int _stamp;
    private int _shift = 64;
    private int _mask = -1;

    /// <summary>Forgets every refusal and makes room for <paramref name="expected"/> of them before growing.</summary>
    public void Reset(int expected)
    {
        int capacity = 16;
        while (capacity < expected * 2)
        {
            capacity *= 2;
        }

        Use(capacity);
    }

    /// <summary>The value stored for a pair since the last <see cref="Reset"/>, if any.</summary>
    public bool TryGetValue(long key, out int value)
    {
        Entry[] entries = _entries;
        for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            ref Entry entry = ref entries[slot];
            if (entry.Stamp != _stamp)
            {
                value = 0;
                return false;
            }

            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }
        }
    }

    /// <summary>Stores a pair's value, replacing any stored since the last <see cref="Reset"/>.</summary>
    public void Set(long key, int value)
    {
        Entry[] entries = _entries;
        for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            ref Entry entry = ref entries[slot];
            if (entry.Stamp != _stamp)
            {
                entry.Stamp = _stamp;
                entry.Key = key;
                entry.Value = value;
                if (++_count * 2 > _mask + 1)
                {
                    Grow();
                }

                return;
            }

            if (entry.Key == key)
            {
                entry.Value = value;
                return;
            }
        }
    }

    /// <summary>Starts a slot range of <paramref name="capacity"/> slots, empty.</summary>
    private void Use(int capacity)
    {
        if (_entries.Length < capacity)
        {
            _entries = new Entry[capacity];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue)
        {
            System.Array.Clear(_entries);
            _stamp = 1;
        }

        _count = 0;
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
    }

    /// <summary>Doubles the slot range, keeping every refusal.</summary>
    private void Grow()
    {
        int count = 0;
        if (_moving.Length < _count)
        {
            _moving = new Entry[System.Math.Max(_count, _moving.Length * 2)];
        }

        for (int slot = 0; slot <= _mask; slot++)
        {
            if (_entries[slot].Stamp == _stamp)
            {
                _moving[count++] = _entries[slot];
            }
        }

        Use((_mask + 1) * 2);
        for (int k = 0; k < count; k++)
        {
            Set(_moving[k].Key, _moving[k].Value);
        }
    }

    private int Slot(long key) => (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private struct Entry
    {
        public long Key;
        public int Value;
        public int Stamp;
    }
}
