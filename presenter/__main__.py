"""`python -m presenter` does what the `votedeck` launcher does (and is the packaged app's entry)."""
import multiprocessing

if __name__ == "__main__":
    # The packaged app starts its word-cloud child process (presenter/render/cloud/apart.py)
    # by running itself again: this turns that run into the child. Nothing when not packaged.
    multiprocessing.freeze_support()
    from presenter.cli import main

    raise SystemExit(main())
