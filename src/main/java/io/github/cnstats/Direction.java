package io.github.cnstats;

/** Which way a change goes. */
public enum Direction {
    /** 上升 增长 增加 提高 上涨 升高 回升 多. */
    UP,
    /** 下降 减少 降低 下跌 回落 少. */
    DOWN,
    /** 持平. */
    FLAT;

    /** @return {@code +1}, {@code -1} or {@code 0} */
    public int signum() {
        return switch (this) {
            case UP -> 1;
            case DOWN -> -1;
            case FLAT -> 0;
        };
    }
}
